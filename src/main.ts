// Pixi without eval: the classroom server's CSP (script-src 'self' 'wasm-unsafe-eval') forbids it.
import 'pixi.js/unsafe-eval';
import './ui/app/app.css';
import { startApp } from './ui/app/app';

void startApp(document.getElementById('app')!);
