// Web Push on this phone: permission is asked only when the newcomer taps the button (never on load),
// the subscription is made with the server's VAPID key and stored with the API, and can be withdrawn.
import { callApi, getJson } from './api.js';

const SUBSCRIPTION_PATH = '/api/v1/newcomer/push-subscription';

export function pushSupported() {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** 'unsupported', 'blocked' (the newcomer said no, or the browser did), 'on' or 'off'. */
export async function pushState() {
  if (!pushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  const subscription = await currentSubscription();
  return subscription && Notification.permission === 'granted' ? 'on' : 'off';
}

/** Call from a tap: browsers only show the permission question after a user action. */
export async function turnOnPush() {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return pushState();
  const registration = await navigator.serviceWorker.ready;
  const { publicKey } = await getJson('/api/v1/push/vapid-public-key');
  let subscription = await registration.pushManager.getSubscription();
  if (subscription && !sameKey(subscription.options?.applicationServerKey, publicKey)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytesOf(publicKey) });
  await callApi('PUT', SUBSCRIPTION_PATH, subscription.toJSON());
  return 'on';
}

export async function turnOffPush() {
  const subscription = await currentSubscription();
  await callApi('DELETE', SUBSCRIPTION_PATH);
  if (subscription) await subscription.unsubscribe();
  return 'off';
}

/**
 * Tells the server again about a subscription the browser already has: after the phone was linked
 * anew, or when the server dropped an old one. Once per page load is enough.
 */
let confirmed = false;
export async function confirmPushSubscription() {
  if (confirmed || !pushSupported() || Notification.permission !== 'granted') return;
  const subscription = await currentSubscription();
  if (!subscription) return;
  confirmed = true;
  await callApi('PUT', SUBSCRIPTION_PATH, subscription.toJSON()).catch(() => { confirmed = false; });
}

/** An unlinked phone stops receiving: the next person to link it decides for themselves. */
export async function unsubscribeThisPhone() {
  if (!pushSupported()) return;
  const subscription = await currentSubscription().catch(() => null);
  if (subscription) await subscription.unsubscribe().catch(() => {});
}

async function currentSubscription() {
  const registration = await navigator.serviceWorker.getRegistration();
  return registration ? registration.pushManager.getSubscription() : null;
}

function bytesOf(base64url) {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

function sameKey(buffer, base64url) {
  if (!buffer) return true;
  const expected = bytesOf(base64url);
  const actual = new Uint8Array(buffer);
  return actual.length === expected.length && actual.every((byte, i) => byte === expected[i]);
}
