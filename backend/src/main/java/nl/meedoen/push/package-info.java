/**
 * Web Push to the newcomer's installed app: the server's VAPID key pair, the subscriptions of linked
 * phones, and an outbox in PostgreSQL that a poller on every instance sends from. Features queue a
 * {@link nl.meedoen.push.PushMessage} with {@link nl.meedoen.push.Push}; everything else here is internal.
 */
@NullMarked
package nl.meedoen.push;

import org.jspecify.annotations.NullMarked;
