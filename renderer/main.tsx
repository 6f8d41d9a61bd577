/** Start-up: begin reading the last board, then mount the React app. Everything else begins in App. */
// First, so the read runs while the rest of the code is evaluated (see earlyRead.ts).
import { startsOnPrintView } from './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startUpEarly } from './app/App';
import './app/app.css';

// The start-up board is opened now, not after React's first commit (the print view opens its own).
if (!startsOnPrintView) startUpEarly();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
