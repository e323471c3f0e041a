/**
 * What every evaluation shares, independent of any gold format: the fixed study/check split of
 * gold records ({@link org.dyad.core.evaluation.StudyCheckSplit}).
 */
package org.dyad.core.evaluation;
