import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Button } from '@/components/button';
import './member-search.scss';

export interface MemberSearchProps {
  /** Called with the trimmed query when the user searches or clears. */
  onSearch: (query: string) => void;
}

/**
 * Name or number prefix search; runs on 搜索 (or the keyboard's search key), not on every
 * keystroke, to keep calls few. Plain inputs: NutUI's SearchBar icons do not render on weapp.
 */
export function MemberSearch({ onSearch }: MemberSearchProps) {
  const [text, setText] = useState('');
  return (
    <View className="member-search">
      <Input
        className="member-search__input"
        value={text}
        maxlength={20}
        confirmType="search"
        placeholder="搜索姓名或学号/工号"
        onInput={(e) => setText(e.detail.value)}
        onConfirm={() => onSearch(text.trim())}
      />
      {text && (
        <Button
          variant="text"
          className="member-search__clear"
          onClick={() => {
            setText('');
            onSearch('');
          }}
        >
          清除
        </Button>
      )}
      <Button variant="text" className="member-search__submit" onClick={() => onSearch(text.trim())}>
        搜索
      </Button>
    </View>
  );
}
