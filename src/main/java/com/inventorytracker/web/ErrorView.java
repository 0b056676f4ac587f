package com.inventorytracker.web;

/**
 * An error page: what went wrong and the way back.
 *
 * @param kind names its messages: {@code error.<kind>.title} and
 * {@code error.<kind>.message}
 * @param detail an explanation safe to show (never an exception's internals); null for
 * none
 * @param backLink a context-relative link: home, or the category without its filter
 */
record ErrorView(int status, String kind, String detail, String backLink) {
}
