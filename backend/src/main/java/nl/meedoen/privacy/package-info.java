/**
 * What the service holds about a newcomer: access and retention. A newcomer can see and download what
 * the municipality holds about them, and a daily job erases a newcomer's personal data a configured time
 * after their trajectory ended, keeping of the signature record only what proof requires.
 */
@NullMarked
package nl.meedoen.privacy;

import org.jspecify.annotations.NullMarked;
