/** How the quality checks are computed and stored. */
package com.bulkwriter.quality.internal;
