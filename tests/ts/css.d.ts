// What a bundler's types give an application (Vite's `vite/client`, for one): CSS modules exist.
declare module "*.css";
