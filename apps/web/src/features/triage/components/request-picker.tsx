// Picks another request in the caller's scope by words of its title or text (the merge target).
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { getInboxPage } from '../api/get-inbox';

export interface PickedRequest {
  id: string;
  code: string;
  title: string;
}

interface RequestPickerProps {
  /** the request being acted on, never offered */
  excludeId: string;
  /** a target chosen elsewhere (the duplicates panel), shown before any search */
  initial?: PickedRequest;
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}

export function RequestPicker({ excludeId, initial, value, onChange, id }: RequestPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const found = useQuery({ queryKey: ['requests', 'picker', q], queryFn: () => getInboxPage({ q }, undefined, 20), enabled: q.length >= 2 });
  const options = [...(initial ? [initial] : []), ...(found.data?.items ?? [])]
    .filter((item, index, all) => item.id !== excludeId && all.findIndex((other) => other.id === item.id) === index)
    .map((item) => ({ value: item.id, label: `${item.code} ${item.title}` }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch
      filterOption={false}
      onSearch={setText}
      loading={found.isFetching}
      placeholder={t('triage.pickRequest')}
      notFoundContent={q.length < 2 ? t('triage.typeToSearch') : t('triage.noMatch')}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
