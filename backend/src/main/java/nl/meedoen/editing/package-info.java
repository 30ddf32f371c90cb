/**
 * Content editors: drafts, publishing, review, every published version, and the status of each text in
 * each language, computed from what is stored rather than typed by anyone.
 */
@NullMarked
package nl.meedoen.editing;

import org.jspecify.annotations.NullMarked;
