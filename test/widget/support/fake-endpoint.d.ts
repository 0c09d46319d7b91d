import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Middleware } from '@web/dev-server-core';

export const fakeBase: string;
export const fakeEndpoint: string;
export const fakePublicKey: string;
export function fakeVerdict(email: string): unknown;
export function handleNode(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
export const fakeEndpointMiddleware: Middleware;
