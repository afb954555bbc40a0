import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Roles } from '../identity/roles.decorator';
import { CalendarService } from './calendar.service';
import { CalendarYearQuery, PutCalendarDayDto } from './dto/calendar-day.dto';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  list(@Query() query: CalendarYearQuery) {
    return this.calendar.list(query.year);
  }

  @Put(':day')
  @Roles('admin')
  put(@CurrentUser() user: AuthUser, @Param('day') day: string, @Body() body: PutCalendarDayDto) {
    return this.calendar.put(user, day, body);
  }

  @Delete(':day')
  @Roles('admin')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthUser, @Param('day') day: string) {
    await this.calendar.remove(user, day);
  }
}
