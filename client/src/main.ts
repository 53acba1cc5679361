import './styles.css';
import type { Core } from 'cytoscape';
import { App } from './app';

declare global {
  interface Window {
    /** For automation and the browser tests: the Cytoscape instance and the app. */
    __relata?: { readonly cy: Core; app: App };
  }
}

const app = new App();
window.__relata = {
  // The renderer (canvas or WebGL) can be swapped for large views: always the current instance.
  get cy() {
    return app.view.cy;
  },
  app,
};
void app.start();
