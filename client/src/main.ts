import './styles.css';
import type { Core } from 'cytoscape';
import { App } from './app';

declare global {
  interface Window {
    __relata?: { cy: Core; app: App };
  }
}

const app = new App();
window.__relata = { cy: app.view.cy, app };
void app.start();
