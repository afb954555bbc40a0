import { Global, Module } from '@nestjs/common';
import { EmailDeliveryService } from './email/email-delivery.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/** The notification centre and its e-mail; global, because every stage notifies someone. */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationsRepository, EmailDeliveryService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
