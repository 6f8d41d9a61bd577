/* global window, document, Worker -- a page the bench opens in Chromium. */
// The drop floor: the least a drop's save can take on this machine. The same scripted drag the
// bench makes on the board, on a page with nothing else on it: a card that follows the pointer
// and, at the release, one strict single-record put, sent to a dedicated worker as the app sends
// a drop's patch to its save worker. Drop -> committed here is what any app would get at best;
// the app's figure is judged against the plain put floor, and this says how much of that is the
// app (docs/performance.md).

const worker = new Worker('worker.js');
const results = [];
let upAt = null;

const card = document.createElement('div');
card.textContent = 'Activity';
Object.assign(card.style, {
  position: 'absolute',
  left: '200px',
  top: '180px',
  width: '240px',
  height: '48px',
  background: '#dde3f0',
  border: '1px solid #8891a8',
  font: '16px sans-serif',
  touchAction: 'none',
});
const zone = document.createElement('div');
Object.assign(zone.style, { position: 'absolute', left: '700px', top: '140px', width: '320px', height: '400px', border: '2px dashed #999' });
document.body.append(zone, card);

let start = null;
card.addEventListener('pointerdown', (event) => {
  start = { x: event.clientX, y: event.clientY };
  card.setPointerCapture(event.pointerId);
});
card.addEventListener('pointermove', (event) => {
  if (start) card.style.transform = `translate(${String(event.clientX - start.x)}px, ${String(event.clientY - start.y)}px)`;
});
window.addEventListener(
  'pointerup',
  () => {
    if (!start) return;
    start = null;
    upAt = performance.now();
    worker.postMessage({ n: results.length });
    // The drop, drawn: the card goes back (the next drag starts from the same place).
    card.style.transform = '';
  },
  { capture: true },
);
worker.onmessage = (event) => {
  if (event.data.type === 'committed' && upAt !== null) {
    results.push({ upAt, receivedAt: event.data.receivedAt - performance.timeOrigin, committedAt: event.data.committedAt - performance.timeOrigin });
    upAt = null;
  }
};

const ready = new Promise((resolve, reject) => {
  worker.addEventListener('message', (event) => {
    if (event.data.type === 'ready') resolve(true);
    if (event.data.type === 'failed') reject(new Error(event.data.message));
  });
});

window.__dropFloor = {
  ready,
  results,
  card: () => card.getBoundingClientRect().toJSON(),
  zone: () => zone.getBoundingClientRect().toJSON(),
};
