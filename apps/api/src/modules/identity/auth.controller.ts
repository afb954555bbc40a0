import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserDto, LoginResponse } from '@banshishi/contracts';
import type { FastifyReply } from 'fastify';
import { Inject } from '@nestjs/common';
import { ApiErrors, ApiNoContent, ApiResult } from '../../common/decorators/api-responses.decorator';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuthService, toCurrentUser } from './auth.service';
import type { AuthedRequest } from './auth.guard';
import type { AuthUser } from './auth-user';
import { CurrentUser } from './current-user.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { PasswordChangeAllowed } from './password-change-allowed.decorator';
import { Public } from './public.decorator';
import { SESSION_COOKIE } from './session-token';

@ApiTags('auth')
@ApiErrors(503)
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiResult('LoginResponse')
  @ApiErrors(400, 403, 429)
  @ApiResponse({
    status: 401,
    description: 'UNAUTHENTICATED: wrong username (or phone) or password, with the tries left before the account locks',
    schema: { $ref: '#/components/schemas/LoginFailure' },
  })
  async login(@Body() body: LoginDto, @Req() request: AuthedRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponse> {
    const { token, ...response } = await this.auth.login(body.username, body.password, request.ip);
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.nodeEnv === 'production',
      path: '/',
      expires: new Date(response.expiresAt),
    });
    return response;
  }

  @ApiBearerAuth()
  @PasswordChangeAllowed()
  @Post('logout')
  @HttpCode(204)
  @ApiErrors(401)
  @ApiNoContent()
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(user);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** The signed-in person's own new password (PASSWORD_RULES); their other sessions end, this one stays. */
  @ApiBearerAuth()
  @PasswordChangeAllowed()
  @Post('password')
  @HttpCode(200)
  @ApiResult('CurrentUser')
  @ApiErrors(400, 401)
  changePassword(@CurrentUser() user: AuthUser, @Body() body: ChangePasswordDto): Promise<CurrentUserDto> {
    return this.auth.changePassword(user, body.currentPassword, body.newPassword);
  }

  @ApiBearerAuth()
  @PasswordChangeAllowed()
  @Get('me')
  @ApiResult('CurrentUser')
  @ApiErrors(401)
  me(@CurrentUser() user: AuthUser): CurrentUserDto {
    return toCurrentUser(user);
  }
}
