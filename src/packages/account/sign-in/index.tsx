import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { devIdentities, devSignIn, newTestOpenid, type DevIdentities, type DevIdentity } from '@/services/dev-login';
import { pageAfterSignIn } from '@/navigation/sign-in-guard';
import { personaChoices } from './personas';
import './index.scss';

/** H5 against the local CloudBase only: choose who to be, then land on 我的. */
export default function SignInPage() {
  const next = useRouter().params.next;
  // Which row is signing in: a persona name, or 'new' for the generated test user.
  const [pending, setPending] = useState<string | null>(null);
  // Null while asking the host whether this is a bare (unseeded) environment.
  const [identities, setIdentities] = useState<DevIdentities | null>(null);
  useEffect(() => {
    devIdentities().then(setIdentities);
  }, []);

  async function choose(key: string, identity: DevIdentity) {
    if (pending) return;
    setPending(key);
    const reply = await devSignIn(identity);
    setPending(null);
    if (!reply.ok) {
      Taro.showToast({ title: reply.message, icon: 'none' });
      return;
    }
    // reLaunch drops pages rendered for the previous identity; a shared link opened signed out comes back to its page.
    Taro.reLaunch({ url: pageAfterSignIn(next) });
  }

  return (
    <View className="sign-in-page">
      <Text className="sign-in-page__title">选择身份</Text>
      <Text className="sign-in-page__hint">
        {identities?.bare
          ? '全新环境：尚无任何成员。请以首位管理员（STARFIRE_ADMIN_OPENIDS）登录，从组织、服务队开始建设。'
          : '本地演示环境：选择一位成员登录，随时可在“我的”页切换。'}
      </Text>
      {identities?.bare ? (
        <CellGroup>
          {identities.admins.map((openid) => (
            <Cell
              key={openid}
              className="sign-in-page__persona sign-in-page__persona--first-admin"
              title="首位管理员"
              description={`由部署配置指定 · ${openid}`}
              extra={pending === openid ? '登录中…' : '登录'}
              clickable
              onClick={() => choose(openid, { openid })}
            />
          ))}
        </CellGroup>
      ) : null}
      <CellGroup>
        {(identities && !identities.bare ? personaChoices : []).map((choice) => (
          <Cell
            key={choice.persona}
            className={`sign-in-page__persona sign-in-page__persona--${choice.persona}`}
            title={choice.name}
            description={choice.duty}
            extra={pending === choice.persona ? '登录中…' : '登录'}
            clickable
            onClick={() => choose(choice.persona, { persona: choice.persona })}
          />
        ))}
      </CellGroup>
      <CellGroup>
        {/* A never-seen openid each time: the way to try binding and review from the start. */}
        <Cell
          className="sign-in-page__persona sign-in-page__persona--new"
          title="新用户（测试）"
          description="生成一个全新的微信身份，尚未绑定学号/工号"
          extra={pending === 'new' ? '登录中…' : '登录'}
          clickable
          onClick={() => choose('new', { openid: newTestOpenid() })}
        />
      </CellGroup>
    </View>
  );
}
