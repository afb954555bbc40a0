import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'banshishi:public';

/** Every route needs a login unless marked public. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
