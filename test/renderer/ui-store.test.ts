import { afterEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../renderer/store/uiStore';

afterEach(() => {
  useUiStore.setState({ screen: 'board', zoom: 1, presenting: false, deskZoom: null });
});

describe('the zoom of a presentation', () => {
  it('is the wall’s: leaving Present, by Exit or by going to the library, puts back the desk’s', () => {
    const ui = useUiStore.getState;
    ui().setZoom(0.9);
    ui().setPresenting(true);
    expect(ui().zoom).toBe(0.9);
    ui().setZoom(0.53);
    ui().setPresenting(true);
    expect(ui().zoom).toBe(0.53);
    ui().setPresenting(false);
    expect(ui().zoom).toBe(0.9);
    // Not presenting, leaving Present again changes nothing.
    ui().setZoom(1.25);
    ui().setPresenting(false);
    expect(ui().zoom).toBe(1.25);
    ui().setPresenting(true);
    ui().zoomOut();
    ui().setScreen('library');
    expect(ui()).toMatchObject({ presenting: false, zoom: 1.25, screen: 'library' });
    ui().setScreen('board');
    expect(ui()).toMatchObject({ presenting: false, zoom: 1.25, screen: 'board' });
  });
});
