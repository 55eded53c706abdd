import './ui/app/app.css';
import { startApp } from './ui/app/app';

void startApp(document.getElementById('app')!);
