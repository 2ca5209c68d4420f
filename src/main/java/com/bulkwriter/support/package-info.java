/** Small pieces every module shares: named SQL, paging, problem responses, the clock. */
@org.springframework.modulith.ApplicationModule(
    displayName = "Support",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.bulkwriter.support;
