/**
 * Dropping a file anywhere on the window imports it as a new board. Only drags that carry files
 * are touched, so text dragged between fields behaves as usual (the board's own drag and drop uses
 * pointer events, not HTML drag and drop). Every file drop is taken over, so a dropped file never
 * makes the browser navigate away from the app to show it.
 */
import { useEffect, useState } from 'react';
import { isolatedInSentence } from '../../shared/text';
import { notify } from '../app/notices';
import { readFileAsText } from '../platform/web';
import { importOpenedFile } from './importBoard';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Imports the first of the dropped files (one board at a time). */
export async function importDroppedFiles(files: readonly File[]): Promise<void> {
  const [first] = files;
  if (!first) return;
  if (files.length > 1) notify(`One file at a time: importing “${isolatedInSentence(first.name)}” only.`);
  await importOpenedFile(await readFileAsText(first));
}

/** Listens for file drops on the window; true while files are being dragged over it. */
export function useFileDrop(target: Window = window): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; a depth count tells when the window is left.
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      void importDroppedFiles(Array.from(event.dataTransfer?.files ?? []));
    };
    target.addEventListener('dragenter', onDragEnter);
    target.addEventListener('dragover', onDragOver);
    target.addEventListener('dragleave', onDragLeave);
    target.addEventListener('drop', onDrop);
    return () => {
      target.removeEventListener('dragenter', onDragEnter);
      target.removeEventListener('dragover', onDragOver);
      target.removeEventListener('dragleave', onDragLeave);
      target.removeEventListener('drop', onDrop);
    };
  }, [target]);
  return dragging;
}
