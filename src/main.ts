import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { registerServiceWorker } from './app-update.svelte';

const app = mount(App, { target: document.getElementById('app')! });
registerServiceWorker();

// Tests and tools wait for this instead of the load event (the first paint may still be loading).
(window as unknown as { __spineCoachReady: boolean }).__spineCoachReady = true;

export default app;
