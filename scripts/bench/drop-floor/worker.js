/* global indexedDB, postMessage, self -- the drop floor's save worker (see page.js). */
let db = null;
const open = indexedDB.open('ownership-board-bench-drop-floor', 1);
open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' });
open.onsuccess = () => {
  db = open.result;
  postMessage({ type: 'ready' });
};
open.onerror = () => postMessage({ type: 'failed', message: String(open.error) });

self.onmessage = (event) => {
  const receivedAt = performance.timeOrigin + performance.now();
  const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
  tx.objectStore('records').put({ id: 'floor', title: 'A small record', n: event.data.n, updatedAt: new Date().toISOString() });
  tx.oncomplete = () => postMessage({ type: 'committed', receivedAt, committedAt: performance.timeOrigin + performance.now() });
  tx.onerror = () => postMessage({ type: 'failed', message: String(tx.error) });
};
