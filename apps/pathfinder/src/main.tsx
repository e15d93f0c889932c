import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyTheme, readTheme } from './app/theme';
import '@nttp/ui/styles.css';
import './app.css';

// The remembered colours before the first paint, so a dark-mode reader never sees a white flash.
applyTheme(readTheme());
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
