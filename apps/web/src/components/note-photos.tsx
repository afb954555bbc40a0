// The photos of a request, a progress note or a milestone's evidence: the server's small thumbnails (≤ 50 KB), the
// full photo only on tap (PDFs as links). A photo the server made no thumbnail of shows itself instead.
import { FilePdfOutlined } from '@ant-design/icons';
import type { AttachmentSummary } from '@banshishi/contracts';
import { Flex, Image } from 'antd';
import { useTranslation } from 'react-i18next';
import { attachmentUrl, thumbnailUrl } from '../lib/api/upload-attachment';

interface NotePhotosProps {
  /** the files to show; with `ids`, only those of them (in the order of `ids`) */
  attachments: readonly AttachmentSummary[];
  ids?: readonly string[];
  /** an anonymous requester opens files with the code and secret */
  access?: { code: string; secret: string };
}

export function NotePhotos({ attachments, ids, access }: NotePhotosProps) {
  const { t } = useTranslation();
  const files = ids ? ids.flatMap((id) => attachments.filter((file) => file.id === id)) : [...attachments];
  if (!files.length) return null;
  return (
    <Flex gap={8} wrap style={{ marginTop: 4 }} data-testid="note-photos">
      <Image.PreviewGroup>
        {files.map((file) =>
          file.kind === 'image' ? (
            <Image
              key={file.id}
              src={thumbnailUrl(file.id, access)}
              fallback={attachmentUrl(file.id, access)}
              preview={{ src: attachmentUrl(file.id, access) }}
              alt={t('implementation.photoAlt', { name: file.originalName })}
              width={88}
              height={88}
              style={{ objectFit: 'cover', borderRadius: 4 }}
            />
          ) : (
            <a key={file.id} href={attachmentUrl(file.id, access)} target="_blank" rel="noreferrer">
              <FilePdfOutlined /> {file.originalName}
            </a>
          ),
        )}
      </Image.PreviewGroup>
    </Flex>
  );
}
