// The trainer's check-ins, kept in IndexedDB until the server has them: each with the id made here
// and the time of the scan, so a check-in made without a connection survives a closed tab and is
// counted once however often it is sent. Rosters and the public key are kept too, for offline use.
import { callApi } from './api.js';

const DB = 'meedoen-attendance';
const BATCH = 500;

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('pending', { keyPath: 'id' });
      db.createObjectStore('kept');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(store, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(store, mode);
    const result = work(transaction.objectStore(store));
    transaction.oncomplete = () => { db.close(); resolve(result.result ?? result); };
    transaction.onerror = () => { db.close(); reject(transaction.error); };
  });
}

/** Keeps a check-in; it is written before anything is sent, so nothing is lost when the tab closes. */
export function queue(checkIn) {
  return run('pending', 'readwrite', (store) => store.put(checkIn));
}

export function pending() {
  return run('pending', 'readonly', (store) => store.getAll());
}

export function keep(key, value) {
  return run('kept', 'readwrite', (store) => store.put(value, key));
}

export function kept(key) {
  return run('kept', 'readonly', (store) => store.get(key));
}

let syncing = null;

/**
 * Sends what is pending, in batches. Accepted and duplicate check-ins leave the queue; a refused one
 * stays, marked with the reason, and is not sent again. Without a connection nothing changes.
 */
export function sync() {
  // A phone that knows it has no connection does not try: the 'online' event brings the next attempt.
  if (!navigator.onLine) return Promise.resolve();
  syncing ??= (async () => {
    const waiting = (await pending()).filter((checkIn) => !checkIn.refused);
    for (let from = 0; from < waiting.length; from += BATCH) {
      const batch = waiting.slice(from, from + BATCH);
      const answer = await callApi('POST', '/api/v1/trainer/check-ins',
        { checkIns: batch.map(({ id, sessionId, bookingId, code, scannedAt, method }) => ({ id, sessionId, bookingId, code, scannedAt, method })) });
      await run('pending', 'readwrite', (store) => {
        answer.results.forEach((result, index) => {
          if (result.result === 'refused') store.put({ ...batch[index], refused: result.message });
          else store.delete(result.id);
        });
        return {};
      });
    }
  })().catch(() => { /* offline or signed out: try again later */ }).finally(() => { syncing = null; });
  return syncing;
}

/** Checks a newcomer's code with the platform's public key alone; returns the booking id, or the reason it fails. */
export async function verifyCode(code, sessionId, publicKey) {
  let bytes;
  try {
    bytes = base64url(code.trim());
  } catch (notBase64) {
    return { reason: 'malformed' };
  }
  if (bytes.length !== 101 || bytes[0] !== 1) return { reason: 'malformed' };
  const key = await crypto.subtle.importKey('raw', base64url(publicKey), { name: 'Ed25519' }, false, ['verify']);
  if (!await crypto.subtle.verify({ name: 'Ed25519' }, key, bytes.slice(37), bytes.slice(0, 37))) return { reason: 'forged' };
  if (uuid(bytes.slice(17, 33)) !== sessionId) return { reason: 'other-session' };
  const expires = new DataView(bytes.buffer, bytes.byteOffset).getUint32(33) * 1000;
  if (Date.now() >= expires) return { reason: 'expired' };
  return { bookingId: uuid(bytes.slice(1, 17)) };
}

function base64url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function uuid(bytes) {
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
