import { render } from 'preact';
import { App } from './app';
import { loadLanguage, pickLanguage } from './i18n';
import './styles.css';

loadLanguage(pickLanguage(navigator.languages ?? [navigator.language])).finally(() => {
  render(<App />, document.getElementById('app')!);
});
