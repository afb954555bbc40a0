// The SQL that gives an account the in-person requests recorded with its phone.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class InPersonClaimsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Named in-person requests with this phone hash and no requester yet become the user's; answers their ids. */
  async claim(userId: string, phoneHash: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE request SET requester_id = $1
          WHERE requester_phone_hash = $2 AND requester_id IS NULL AND NOT anonymous AND channel <> 'online'
          RETURNING id
       )
       SELECT id FROM claimed`,
      [userId, phoneHash],
    );
    return rows.map((row) => row.id);
  }
}
