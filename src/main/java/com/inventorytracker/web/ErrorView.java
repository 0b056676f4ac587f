package com.inventorytracker.web;

/**
 * An error page: what went wrong and the way back.
 *
 * @param detail an explanation safe to show (never an exception's internals); null for
 * none
 * @param backLink a context-relative link, with {@code backLabel} its message key
 */
record ErrorView(int status, String titleKey, String messageKey, String detail, String backLink, String backLabel) {
}
