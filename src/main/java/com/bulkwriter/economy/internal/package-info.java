/** Provider batches: their table, the steps that send and read them, the runner. */
package com.bulkwriter.economy.internal;
