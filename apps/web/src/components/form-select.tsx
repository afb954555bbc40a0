// antd's Select for a required Form.Item. antd 5 hands the item's aria-required to the Select's combobox input, where it
// belongs, and also to the Select's outer <div>, where ARIA does not allow it (ant-design/ant-design#46030; fixed in
// antd 6). The outer element's copy is taken off after every render; the input keeps its own.
import { Select, type SelectProps } from 'antd';
import type { RefSelectProps } from 'antd/es/select';
import { useLayoutEffect, useRef, type Ref } from 'react';

export function FormSelect({ ref, ...props }: SelectProps & { ref?: Ref<RefSelectProps> }) {
  const own = useRef<RefSelectProps | null>(null);
  useLayoutEffect(() => {
    own.current?.nativeElement?.removeAttribute('aria-required');
  });
  return (
    <Select
      {...props}
      ref={(select) => {
        own.current = select;
        if (typeof ref === 'function') ref(select);
        else if (ref) ref.current = select;
      }}
    />
  );
}
