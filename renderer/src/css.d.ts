/** Stylesheets are imported for their side effect only; Vite extracts them into a .css file. */
declare module '*.css';
