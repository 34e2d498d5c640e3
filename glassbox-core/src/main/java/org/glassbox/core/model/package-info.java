/**
 * The one in-memory model of Glassbox: a coded case (actors, ties, events, indicators, sources,
 * codebook) and event logs alike, with events and ties stored columnar and read through immutable
 * record views.
 */
package org.glassbox.core.model;
