/** SQL kept as named statements in files, chosen per database. */
package com.bulkwriter.support.sql;
