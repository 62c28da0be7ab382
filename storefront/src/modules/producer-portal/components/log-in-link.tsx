import Link from "next/link"

/** On registering and joining: the way to the login page for someone who already has a login. */
export default function LogInLink() {
  return (
    <p>
      Đã có tài khoản?{" "}
      <Link href="/producer/login" className="font-semibold text-emerald-800 underline">
        Đăng nhập
      </Link>
    </p>
  )
}
