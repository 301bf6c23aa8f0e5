import { render } from 'preact';
import { App } from './app';
import { loadLanguage, pickLanguage } from './i18n';
import './styles.css';

loadLanguage(pickLanguage(navigator.languages ?? [navigator.language])).finally(() => {
  render(<App />, document.getElementById('app')!);
});

// The service worker keeps the app's own files for offline starts; it never stores API answers.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
