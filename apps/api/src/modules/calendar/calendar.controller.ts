import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiNoContent, ApiResult } from '../../common/decorators/api-responses.decorator';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Roles, WholeTree } from '../identity/roles.decorator';
import { CalendarService } from './calendar.service';
import { CalendarYearQuery, PutCalendarDayDto } from './dto/calendar-day.dto';

@ApiTags('calendar')
@ApiBearerAuth()
@ApiErrors(400, 401, 503)
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @ApiResult(['CalendarDay'])
  list(@Query() query: CalendarYearQuery) {
    return this.calendar.list(query.year);
  }

  @Put(':day')
  @Roles('admin')
  @WholeTree()
  @ApiResult('CalendarDay')
  @ApiErrors(403)
  put(@CurrentUser() user: AuthUser, @Param('day') day: string, @Body() body: PutCalendarDayDto) {
    return this.calendar.put(user, day, body);
  }

  @Delete(':day')
  @Roles('admin')
  @WholeTree()
  @HttpCode(204)
  @ApiErrors(403, 404)
  @ApiNoContent()
  async remove(@CurrentUser() user: AuthUser, @Param('day') day: string) {
    await this.calendar.remove(user, day);
  }
}
