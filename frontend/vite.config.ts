/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents.ts';

// Paths the Go server answers; `npm run dev` forwards them (LEERGANG_DEV_BACKEND overrides the target).
const backend = process.env.LEERGANG_DEV_BACKEND ?? 'http://localhost:8080';
const proxied = ['/graphql', '/uploads', '/files', '/calendar', '/sessions'];

export default defineConfig({
  plugins: [graphqlDocuments(), react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'dist/**', 'e2e/**'],
    css: false,
  },
});
