/** Back-office reports, kept up to date from the shop's events. */
package shop.admin.report;
