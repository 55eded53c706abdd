// Pixi's shader and uniform code without `new Function`: the CSP (src/shared/security-headers.ts) has no 'unsafe-eval'.
import 'pixi.js/unsafe-eval';
import './ui/app/app.css';
import './ui/app/responsive.css';
import { startApp } from './ui/app/app';

void startApp(document.getElementById('app')!);
