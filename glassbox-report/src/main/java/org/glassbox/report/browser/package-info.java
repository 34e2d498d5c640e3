/** Opening a report in headless Chromium over the DevTools protocol, to check it as a person would see it (tests, screenshots). */
package org.glassbox.report.browser;
