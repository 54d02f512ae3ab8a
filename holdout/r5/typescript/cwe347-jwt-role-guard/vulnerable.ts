/**
 * NestJS guard for admin routes. The bearer token is a JWT issued by our auth
 * service (HS256, secret in JWT_SECRET). Allow the request when the token's
 * `role` claim is "admin".
 */
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';

interface Claims {
  sub: string;
  role?: string;
}

@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    const header = request.headers['authorization'] ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!token) return false;
    const claims = jwt.decode(token) as Claims | null;
    return claims?.role === 'admin';
  }
}
