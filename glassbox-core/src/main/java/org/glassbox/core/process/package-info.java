/**
 * Process mining on the columnar event log: case-centric and object-centric views, directly-follows
 * graphs (frequency and performance), variants, organisational networks, statistics, filters and
 * comparison of several logs; {@link org.glassbox.core.process.ProcessMining} is the facade.
 */
package org.glassbox.core.process;
