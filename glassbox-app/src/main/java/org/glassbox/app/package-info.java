/**
 * The application layer: one use case a class (analyse cases and write their outputs, compare them and run
 * QCA on the comparison, convert between formats), called alike by the command line and the server.
 */
package org.glassbox.app;
