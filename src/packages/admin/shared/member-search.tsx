import { useState } from 'react';
import { SearchBar } from '@nutui/nutui-react-taro';

export interface MemberSearchProps {
  /** Called with the trimmed query when the user searches or clears. */
  onSearch: (query: string) => void;
}

/** Name or number prefix search; runs on confirm, not on every keystroke, to keep calls few. */
export function MemberSearch({ onSearch }: MemberSearchProps) {
  const [text, setText] = useState('');
  return (
    <SearchBar
      className="admin-page__search member-search"
      value={text}
      maxLength={20}
      placeholder="搜索姓名或学号/工号"
      onChange={(value) => setText(value)}
      onSearch={(value) => onSearch(value.trim())}
      onClear={() => {
        setText('');
        onSearch('');
      }}
    />
  );
}
