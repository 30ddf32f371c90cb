/**
 * Signing the participation declaration: its texts and each municipality's local agreements, the
 * ceremony, the append-only and hash-chained record of signatures, and their public verification.
 */
@NullMarked
package nl.meedoen.signing;

import org.jspecify.annotations.NullMarked;
