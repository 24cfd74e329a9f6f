import font from '@fontsource/titillium-web/files/titillium-web-latin-400-normal.woff2';
import { preload } from 'react-dom';
export default function Page() { preload(typeof font === 'string' ? font : font.src, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' }); return <main><h1>Floor</h1><p>{JSON.stringify(font)}</p></main>; }
