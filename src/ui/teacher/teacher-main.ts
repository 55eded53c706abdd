// Entry of teacher.html (served at /teacher by the classroom server).
import './teacher.css';
import { startTeacherPage } from './teacher-page';

startTeacherPage(document.getElementById('classroom')!);
