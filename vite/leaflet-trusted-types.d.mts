import type { Plugin } from 'vite';
export function stripLeafletSvgProbe(code: string): string;
export function isLeafletSource(id: string): boolean;
export function leafletTrustedTypes(): Plugin;
